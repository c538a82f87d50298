/** npm run -s analyze -- FILE [FILE ...]: see docs/analysis-json.md. */
import { runAnalyze } from '../src/cli/analyze-main';

const code = await runAnalyze(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
process.exitCode = code;

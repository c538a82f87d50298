/** npm run eval -- GOLD.json [SEED.txt] [--json]: score the analyser against hand annotations. */
import { runEval } from '../src/cli/eval-main';

process.exitCode = await runEval(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});

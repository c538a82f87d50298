export { EXPORT_FORMAT, buildExport, exportJson, type LibraryExportFile } from './json';
export { parseLibraryJson } from './import';
export { articleMarkdown, articleFiles, articleFileName, digestMarkdown, mdEscape } from './markdown';
export { csvField, csvDocument, figuresCsv, officialsCsv, FIGURES_HEADER, OFFICIALS_HEADER } from './csv';
export { zipStore, crc32 } from './zip';
export { seriesCsv, SERIES_HEADER } from './series-csv';

// Spreadsheet formula injection (OWASP "CSV Injection"): a text cell starting with = + - @ tab or CR
// is run as a formula by Excel/LibreOffice/Sheets when the CSV is opened. Such cells are written
// with a leading single quote, which spreadsheets show as text. Cells that are real numbers
// (-100.5, +3e5) stay as they are, so numeric columns still sort and sum. Every CSV GridScout writes
// (app exports, rejected rows, the CLI) goes through src/io/csvWrite.ts, which applies this guard.
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The first character makes a spreadsheet read the cell as a formula: = + - @ tab CR (a char-code test: it runs on every cell). */
export function startsLikeFormula(s: string, at = 0): boolean {
  const c = s.charCodeAt(at);
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13;
}

export function neutraliseFormula(text: string): string {
  return startsLikeFormula(text) && !NUMBER.test(text) ? `'${text}` : text;
}

/** Undoes neutraliseFormula when reading a GridScout export back, so names survive a round trip. */
export function restoreFormula(text: string): string {
  return text.length > 1 && text[0] === "'" && startsLikeFormula(text, 1) && !NUMBER.test(text.slice(1)) ? text.slice(1) : text;
}

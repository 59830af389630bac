// Spreadsheet formula injection (OWASP "CSV Injection"): a text cell starting with = + - @ tab or CR
// is run as a formula by Excel/LibreOffice/Sheets when the CSV is opened. Such cells are written
// with a leading single quote, which spreadsheets show as text. Cells that are real numbers
// (-100.5, +3e5) stay as they are, so numeric columns still sort and sum.
const TRIGGER = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function neutraliseFormula(text: string): string {
  return TRIGGER.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

/** Undoes neutraliseFormula when reading a GridScout export back, so names survive a round trip. */
export function restoreFormula(text: string): string {
  return text.length > 1 && text[0] === "'" && TRIGGER.test(text.slice(1)) && !NUMBER.test(text.slice(1)) ? text.slice(1) : text;
}

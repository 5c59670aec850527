/** Hands a CSV text to the browser as a file download (Electron saves it through its download dialog). */
export function downloadCsv(fileName: string, csv: string): void {
  // a BOM so that spreadsheets read the names' accents as UTF-8
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // revoked once the download has surely started
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name safe on every system: letters, digits and dashes. */
export function fileSafe(text: string): string {
  return text.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 60) || 'campaign';
}

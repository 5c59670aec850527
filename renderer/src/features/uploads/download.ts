/** Hands the manager a CSV file (the browser's download; Electron asks where to save it). */
export function downloadCsv(fileName: string, csv: string): void {
  // The byte-order mark makes spreadsheets read the file as UTF-8 (names with accents stay intact).
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

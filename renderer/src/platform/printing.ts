import type { PosPrint, PrintResult } from '../../../shared/api/print-request';

declare global {
  interface Window {
    posPrint?: PosPrint;
  }
}

/** Whether this host can save a PDF by itself (Electron); browser mode saves through the print dialog. */
export function canSavePdfDirectly(): boolean {
  return window.posPrint !== undefined;
}

/** The system print dialog: Electron's, or the browser's. */
export async function printPage(): Promise<PrintResult> {
  if (window.posPrint) return window.posPrint.print();
  window.print();
  return { ok: true, savedTo: null };
}

/** Electron writes the PDF where the user chooses; browser mode opens the print dialog, where "Save as PDF" is a destination. */
export async function savePageAsPdf(fileName: string): Promise<PrintResult> {
  if (window.posPrint) return window.posPrint.savePdf(fileName);
  window.print();
  return { ok: true, savedTo: null };
}

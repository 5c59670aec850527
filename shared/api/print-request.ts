import { z } from 'zod';

/** Electron-only: print the window with the system dialog, or save it as a PDF where the user picks. */
export const PRINT_CHANNEL = 'pos:print';

export const printRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dialog') }),
  z.object({ kind: z.literal('pdf'), fileName: z.string().regex(/^[\w .-]{1,120}\.pdf$/, 'a plain file name ending in .pdf') }),
]);
export type PrintRequest = z.infer<typeof printRequestSchema>;

export type PrintResult = { ok: true; savedTo: string | null } | { ok: false; message: string };

/** What the preload exposes as `window.posPrint`. */
export interface PosPrint {
  print(): Promise<PrintResult>;
  savePdf(fileName: string): Promise<PrintResult>;
}

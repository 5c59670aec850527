/** The API version the emulator answers in: the one stripe-node 23.1.0 pins (`esm/apiVersion.js`). */
export const API_VERSION = '2026-10-28.endive';

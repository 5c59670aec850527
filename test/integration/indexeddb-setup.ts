/** Integration tests run the real Dexie store on fake-indexeddb, installed before any module loads Dexie. */
import 'fake-indexeddb/auto';

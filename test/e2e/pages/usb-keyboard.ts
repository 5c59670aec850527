import type { CDPSession, Page } from '@playwright/test';

/**
 * Key presses with the times a device would give them, sent over CDP with explicit timestamps. A
 * busy test machine may deliver them late, but the page sees each key at the time it was "pressed",
 * as it would from real hardware.
 */
export class UsbKeyboard {
  /** seconds since the epoch, as CDP wants them */
  private clock = Date.now() / 1000;

  constructor(private readonly page: Page) {}

  /** Types `text` with `msPerKey` between keys, like a person or a scanner, starting after `pauseMs`. */
  async type(text: string, msPerKey: number, pauseMs = 200): Promise<void> {
    this.clock += pauseMs / 1000;
    for (const char of text) {
      await this.key('keyDown', char, char);
      await this.key('keyUp', char);
      this.clock += msPerKey / 1000;
    }
  }

  async enter(afterMs: number): Promise<void> {
    this.clock += afterMs / 1000;
    await this.key('keyDown', 'Enter', '\r', 13);
    await this.key('keyUp', 'Enter', undefined, 13);
  }

  private async key(type: 'keyDown' | 'keyUp', key: string, text?: string, keyCode?: number): Promise<void> {
    const cdp = await this.session();
    const code = keyCode ?? key.toUpperCase().charCodeAt(0);
    await cdp.send('Input.dispatchKeyEvent', {
      type,
      key,
      text,
      unmodifiedText: text,
      windowsVirtualKeyCode: code,
      nativeVirtualKeyCode: code,
      timestamp: this.clock,
    });
  }

  private cdpSession: CDPSession | null = null;

  private async session(): Promise<CDPSession> {
    this.cdpSession ??= await this.page.context().newCDPSession(this.page);
    return this.cdpSession;
  }
}

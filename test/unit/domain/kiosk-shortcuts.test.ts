import { describe, expect, it } from 'vitest';
import { isBlockedShortcut, type KeyPress } from '../../../shared/domain/kiosk-shortcuts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, control: false, meta: false, alt: false, shift: false, ...mods });

describe('shortcuts a kiosk blocks', () => {
  it.each([
    ['reload', press('F5')],
    ['reload', press('r', { control: true })],
    ['reload (mac)', press('R', { meta: true })],
    ['close tab', press('w', { control: true })],
    ['close window', press('F4', { alt: true })],
    ['quit (mac)', press('q', { meta: true })],
    ['devtools', press('F12')],
    ['devtools', press('I', { control: true, shift: true })],
    ['zoom in', press('+', { control: true })],
    ['zoom out', press('-', { control: true })],
    ['zoom reset', press('0', { control: true })],
    ['back', press('ArrowLeft', { alt: true })],
    ['new window', press('n', { control: true })],
    ['print', press('p', { control: true })],
    ['full screen off', press('F11')],
  ])('blocks %s', (_what, key) => {
    expect(isBlockedShortcut(key)).toBe(true);
  });

  it.each([press('a'), press('A', { shift: true }), press('7'), press('Backspace'), press('Enter'), press('Tab'), press('ArrowLeft'), press('@', { shift: true })])('lets typing through: %o', (key) => {
    expect(isBlockedShortcut(key)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { RateLimitGate } from '../../../electron/services/stripe/rate-limit-gate';

/** A gate on a clock the test moves; sleeping moves it. */
function gateOnTestClock() {
  let now = 10_000;
  const slept: number[] = [];
  const gate = new RateLimitGate(
    () => now,
    async (ms) => {
      slept.push(ms);
      now += ms;
    },
  );
  return { gate, slept, clock: { get now() { return now; }, advance: (ms: number) => (now += ms) } };
}

describe('the gate in front of Stripe', () => {
  it('lets every request straight through until Stripe refuses one', async () => {
    const { gate, slept } = gateOnTestClock();
    for (let i = 0; i < 50; i++) gate.done(await gate.pass(), 'answered');
    expect(slept).toEqual([]);
  });

  it('after a 429, keeps as many requests in the window as Stripe took, and sends the next when the oldest leaves it', async () => {
    const { gate, clock } = gateOnTestClock();
    // 20 requests accepted over 400 ms, then the 21st is refused: the window holds 20
    for (let i = 0; i < 20; i++) {
      gate.done(await gate.pass(), 'answered');
      clock.advance(20);
    }
    gate.done(await gate.pass(), { pauseMs: 60, retryAfter: false });
    const firstSentAt = 10_000;
    const next = await gate.pass();
    expect(next).toBe(firstSentAt + 1_000 + 1);
  });

  it('holds everyone for the pause when nothing of ours was in the window, and always for Retry-After', async () => {
    const { gate } = gateOnTestClock();
    const sent = await gate.pass();
    gate.done(sent, { pauseMs: 120, retryAfter: false });
    expect(await gate.pass()).toBe(sent + 120);

    const other = gateOnTestClock();
    other.gate.done(await other.gate.pass(), 'answered');
    const refused = await other.gate.pass();
    other.gate.done(refused, { pauseMs: 2_000, retryAfter: true });
    expect(await other.gate.pass()).toBe(refused + 2_000);
  });

  it('when Stripe takes nothing of ours, everyone backs off together for the longest pause, then all go at once', async () => {
    const { gate, clock } = gateOnTestClock();
    const start = clock.now;
    const sent = [await gate.pass(), await gate.pass(), await gate.pass()];
    sent.forEach((at, i) => gate.done(at, { pauseMs: [100, 200, 150][i]!, retryAfter: false }));
    expect([await gate.pass(), await gate.pass(), await gate.pass()]).toEqual([start + 200, start + 200, start + 200]);
  });

  it('counts requests on their way as taking room in the window', async () => {
    const { gate, clock } = gateOnTestClock();
    for (let i = 0; i < 3; i++) gate.done(await gate.pass(), 'answered');
    gate.done(await gate.pass(), { pauseMs: 60, retryAfter: false });
    const pacingEnds = clock.now + 2_000;
    // the limit learned is 3; a second later the window is empty, and three requests go out unanswered
    clock.advance(1_001);
    for (let i = 0; i < 3; i++) await gate.pass();
    // a fourth is held while they are on their way (here: until pacing ends, as none is answered)
    expect(await gate.pass()).toBeGreaterThanOrEqual(pacingEnds);
  });

  it('stops pacing two seconds after the last refusal', async () => {
    const { gate, clock, slept } = gateOnTestClock();
    gate.done(await gate.pass(), 'answered');
    gate.done(await gate.pass(), { pauseMs: 60, retryAfter: false });
    clock.advance(2_001);
    slept.length = 0;
    for (let i = 0; i < 10; i++) gate.done(await gate.pass(), 'answered');
    expect(slept).toEqual([]);
  });
});

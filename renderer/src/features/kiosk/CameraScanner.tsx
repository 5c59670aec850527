import { useEffect, useRef, useState } from 'react';
import { decodeQrFrame } from './qr-decoder';

const FRAME_EVERY_MS = 250;

/**
 * The kiosk's camera, looking for a QR code (a referral card, or the link on a phone's screen).
 * Without a camera or permission it says so; typing the code always remains.
 */
export function CameraScanner({ onCode, onClose }: { onCode: (text: string) => void; onClose: () => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    const canvas = document.createElement('canvas');
    const scan = async () => {
      const v = video.current;
      if (!v || v.readyState < 2 || v.videoWidth === 0) return;
      canvas.width = v.videoWidth;
      canvas.height = v.videoHeight;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) return;
      context.drawImage(v, 0, 0);
      const text = await decodeQrFrame(context.getImageData(0, 0, canvas.width, canvas.height)).catch(() => null);
      if (text && !stopped) {
        stopped = true;
        onCode(text);
      }
    };
    void (async () => {
      if (!navigator.mediaDevices?.getUserMedia) return setProblem('This kiosk has no camera. Please type your code instead.');
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'user' }, audio: false });
      } catch (error) {
        return setProblem(cameraProblem(error));
      }
      if (stopped) return stream.getTracks().forEach((t) => t.stop());
      if (video.current) {
        video.current.srcObject = stream;
        await video.current.play().catch(() => undefined);
      }
      let busy = false;
      timer = setInterval(() => {
        if (busy) return;
        busy = true;
        void scan().finally(() => (busy = false));
      }, FRAME_EVERY_MS);
    })();
    return () => {
      stopped = true;
      clearInterval(timer);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [onCode]);
  return (
    <section className="kiosk-camera" aria-label="Scan your QR code">
      {problem ? <p role="alert">{problem}</p> : <p role="status">Hold your card’s QR code, or the link on your phone, up to the camera.</p>}
      <video ref={video} muted playsInline aria-label="Camera picture" />
      <button type="button" onClick={onClose}>
        Type the code instead
      </button>
    </section>
  );
}

function cameraProblem(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'The camera is not allowed on this kiosk. Please type your code instead.';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'This kiosk has no camera. Please type your code instead.';
  return 'The camera could not be started. Please type your code instead.';
}

// The signing dialog's drawn signature: pointer strokes (finger, pen or mouse) on a canvas, read
// back as a PNG data URL, or null while nothing has been drawn.
const pads = new WeakMap();

export function attach(canvas) {
  const ratio = Math.min(window.devicePixelRatio || 1, 2);
  canvas.width = Math.round(canvas.clientWidth * ratio);
  canvas.height = Math.round(canvas.clientHeight * ratio);
  const ink = canvas.getContext('2d');
  ink.scale(ratio, ratio);
  ink.lineWidth = 2.2;
  ink.lineCap = 'round';
  ink.lineJoin = 'round';
  ink.strokeStyle = '#0d1b4c';
  const pad = { drawn: false, last: null };
  pads.set(canvas, pad);
  const at = e => {
    const box = canvas.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  };
  canvas.addEventListener('pointerdown', e => {
    canvas.setPointerCapture(e.pointerId);
    pad.last = at(e);
    e.preventDefault();
  });
  canvas.addEventListener('pointermove', e => {
    if (!pad.last) return;
    const point = at(e);
    ink.beginPath();
    ink.moveTo(pad.last.x, pad.last.y);
    ink.lineTo(point.x, point.y);
    ink.stroke();
    pad.last = point;
    pad.drawn = true;
    e.preventDefault();
  });
  const end = () => { pad.last = null; };
  canvas.addEventListener('pointerup', end);
  canvas.addEventListener('pointercancel', end);
}

export function clear(canvas) {
  const pad = pads.get(canvas);
  canvas.getContext('2d').clearRect(0, 0, canvas.width, canvas.height);
  if (pad) pad.drawn = false;
}

export function read(canvas) {
  const pad = pads.get(canvas);
  return pad && pad.drawn ? canvas.toDataURL('image/png') : null;
}

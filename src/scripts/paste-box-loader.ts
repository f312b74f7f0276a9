// Loads the paste box's reader only when someone reaches for the box, so pages where it is secondary stay light.
const events = ['focusin', 'pointerdown', 'dragenter'] as const;

for (const box of document.querySelectorAll<HTMLElement>('paste-box[data-lazy]')) {
  const load = () => {
    for (const type of events) box.removeEventListener(type, load);
    void import('./paste-box.ts');
  };
  for (const type of events) box.addEventListener(type, load, { once: true });
}

export {};

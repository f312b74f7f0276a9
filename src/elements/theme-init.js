(() => {
  let theme = null;
  try {
    theme = localStorage.getItem('theme');
  } catch {
    /* storage refused: follow the system */
  }
  if (theme !== 'light' && theme !== 'dark') theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  document.documentElement.dataset.theme = theme;
  document.documentElement.classList.add('js');
})();

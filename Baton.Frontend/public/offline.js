// The offline page's one behaviour: "Try again" loads the page the person asked for again.
document.querySelector('[data-retry]')?.addEventListener('click', () => {
  location.reload();
});

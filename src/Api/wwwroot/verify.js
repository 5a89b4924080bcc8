// The verification page: while the PDF uploads and is checked, show the progress line and keep
// the button from sending it twice. Without this script the form still works.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.id !== 'verify-form') return;
  form.setAttribute('aria-busy', 'true');
  form.querySelector('[data-testid=verify-progress]').hidden = false;
  var button = form.querySelector('button[type=submit]');
  setTimeout(function () { button.disabled = true; }, 0);
});

// Loaded by Tasklist as a custom script (see config.js). Tasklist stays for those who want it, as part of Sojourn:
// a link back to Sojourn's pages on every screen, and signing out (which signs out of Sojourn as well) lands on
// Sojourn's sign-in instead of Camunda's own login screen, which is closed.
const back = document.createElement('a');
back.href = '/';
back.className = 'sojourn-back';
back.textContent = '\u2190 Back to Sojourn';
document.body.appendChild(back);

// Signing out: Tasklist's own sign-out call (which Sojourn answers by signing out of Sojourn), then Sojourn's sign-in.
function xsrfToken() {
  const cookie = document.cookie.split('; ').find((part) => part.indexOf('XSRF-TOKEN=') === 0);
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}
document.addEventListener('click', (event) => {
  const link = event.target.closest && event.target.closest('li.logout a');
  if (!link) {
    return;
  }
  event.preventDefault();
  event.stopPropagation();
  const engine = (window.location.pathname.match(/\/app\/tasklist\/([^/]+)/) || [])[1] || 'default';
  fetch('/camunda/api/admin/auth/user/' + encodeURIComponent(engine) + '/logout', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'X-XSRF-TOKEN': xsrfToken() }
  }).finally(() => window.location.replace('/login?logout'));
}, true);

function toSojournSignIn() {
  if (window.location.hash.indexOf('#/login') === 0) {
    window.location.replace('/login?logout');
  }
}
window.addEventListener('hashchange', toSojournSignIn);
toSojournSignIn();

export default [];

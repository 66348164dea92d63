// ChatFirmware login page. The page is served from flash, the same for every visitor, so what
// depends on the visit is filled in here; without script the page still works.
(function () {
  'use strict';

  // The address this phone used: a board can be configured with another one than the default.
  var address = document.getElementById('chat-address');
  if (address) { address.textContent = location.origin + '/'; }

  // The register form sends people here with #registered once their account exists.
  if (location.hash === '#registered') {
    var form = document.querySelector('form');
    var notice = document.createElement('p');
    notice.className = 'notice';
    notice.setAttribute('role', 'status');
    notice.textContent = 'Account created. You can log in now.';
    form.parentNode.insertBefore(notice, form);
    history.replaceState(null, '', location.pathname); // a reload must not announce it again
  }
})();

// Whether the person pressed the button of the tool's banner (see overlay.js) in this page.
if (window !== window.top) return 'objection-helper:in-a-frame';
const banner = document.getElementById('objection-helper-banner');
return !!banner && banner.hasAttribute('data-objection-helper-pressed');

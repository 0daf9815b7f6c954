// The navigation guard, run as the first part of every script that acts on the page, in the same
// step as the act itself: the tool acts only while the browser's top page is on one of the hosts
// its profile allows. The last argument lists those hosts. Elsewhere it answers {refused: address}.
{
  const allowedHosts = arguments[arguments.length - 1];
  let host;
  let address;
  try {
    host = window.top.location.hostname;
    address = window.top.location.href;
  } catch (crossOrigin) {
    return { refused: window.location.href };
  }
  if (!allowedHosts.includes(host)) return { refused: address };
}

/**
 * Preloaded into the Agents Playground by `npm start` (node --import): every server it opens
 * without an explicit address listens on 127.0.0.1 instead of all interfaces. The Playground has
 * no host option, and in local mode the bot trusts every caller (no BOT_ID), so nothing of it may
 * be reachable from the network.
 */
import net from 'node:net';

const LOOPBACK = '127.0.0.1';
const listen = net.Server.prototype.listen;

net.Server.prototype.listen = function listenOnLoopback(...args) {
  const [first] = args;
  if (args.length === 0 || typeof first === 'function') {
    args.unshift(0, LOOPBACK);
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    // listen(port[, host][, backlog][, callback]): add the host where none is given.
    if (typeof args[1] !== 'string') args.splice(1, 0, LOOPBACK);
  } else if (first && typeof first === 'object' && !('path' in first) && !('fd' in first) && !('_handle' in first)) {
    if (!first.host) args[0] = { ...first, host: LOOPBACK };
  }
  return listen.apply(this, args);
};

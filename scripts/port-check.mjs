/** Whether a TCP port on 127.0.0.1 can be bound right now (the launcher checks before it starts anything). */
import net from 'node:net';

export function portIsFree(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

/** The one German line for a busy port, naming the variable that chooses it. */
export function busyPortMessage(port, variable, example) {
  return `Port ${port} ist bereits belegt (${variable}). Beenden Sie das Programm, das ihn verwendet, oder wählen Sie einen anderen, z. B. ${variable}=${example} npm start.`;
}

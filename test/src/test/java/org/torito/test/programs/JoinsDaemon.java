package org.torito.test.programs;

/**
 * Starts a daemon thread and joins it: with one thread the daemon never runs, so the join can never end;
 * the image must say so instead of hanging.
 */
public final class JoinsDaemon {
    private JoinsDaemon() {
    }

    public static void main(String[] args) throws InterruptedException {
        Thread daemon = new Thread(() -> System.out.println("the daemon ran"));
        daemon.setDaemon(true);
        daemon.start();
        System.out.println("joining");
        daemon.join();
    }
}

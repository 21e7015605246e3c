package org.torito.test.programs;

/**
 * Prints its arguments, one per line between brackets, and leaves with System.exit: the number of
 * arguments, plus 10 when a shutdown hook ran (it prints too).
 */
public final class EchoArgs {
    private EchoArgs() {
    }

    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("hook")));
        for (String arg : args) {
            System.out.println("[" + arg + "]");
        }
        System.exit(args.length + 10);
    }
}

package org.torito.test.corpus.errors;

import java.util.concurrent.atomic.AtomicBoolean;

/** AtomicBoolean as a once-only flag and a toggle: compareAndSet, getAndSet, compareAndExchange. */
public final class AtomicBooleanFlags {
    static final class Service {
        private final AtomicBoolean started = new AtomicBoolean();
        private final AtomicBoolean closed = new AtomicBoolean(false);
        private int starts;

        boolean start() {
            if (closed.get()) {
                throw new IllegalStateException("service closed");
            }
            if (started.compareAndSet(false, true)) {
                starts++;
                return true;
            }
            return false;
        }

        void close() {
            if (!closed.getAndSet(true)) {
                System.out.println("closing after " + starts + " start(s)");
            } else {
                System.out.println("already closed");
            }
        }
    }

    private AtomicBooleanFlags() {
    }

    public static void main(String[] args) {
        Service s = new Service();
        System.out.println(s.start() + " " + s.start() + " " + s.started);
        s.close();
        s.close();
        try {
            s.start();
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        AtomicBoolean toggle = new AtomicBoolean(true);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            boolean before = toggle.get();
            toggle.compareAndSet(before, !before);
            sb.append(before ? 'T' : 'F');
        }
        System.out.println(sb + " " + toggle);
        System.out.println(toggle.compareAndExchange(true, false) + " " + toggle.compareAndExchange(true, true)
                + " " + toggle.getAndSet(true) + " " + toggle.getPlain() + " " + toggle.getAcquire());
        toggle.lazySet(false);
        toggle.setOpaque(!toggle.getOpaque());
        System.out.println(toggle.weakCompareAndSetVolatile(true, false) + " " + toggle.get());
    }
}

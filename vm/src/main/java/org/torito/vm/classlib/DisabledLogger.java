package org.torito.vm.classlib;

import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * The logger every {@code System.getLogger} and JDK platform logger is in an image: nothing is loggable, so
 * nothing is logged. The JDK's loggers come from a LoggerFinder found through ServiceLoader (java.logging's
 * or a console one), which an image does not carry; logging is a no-op until it does.
 */
final class DisabledLogger implements System.Logger {
    private final String name;

    DisabledLogger(String name) {
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isLoggable(Level level) {
        return false;
    }

    @Override
    public void log(Level level, String msg) {
    }

    @Override
    public void log(Level level, Supplier<String> msgSupplier) {
    }

    @Override
    public void log(Level level, Object obj) {
    }

    @Override
    public void log(Level level, String msg, Throwable thrown) {
    }

    @Override
    public void log(Level level, Supplier<String> msgSupplier, Throwable thrown) {
    }

    @Override
    public void log(Level level, String format, Object... params) {
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
    }
}

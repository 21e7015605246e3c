package org.torito.vm.classlib;

import java.util.Properties;

/**
 * The system properties every image starts with. The image writer computes them at build time by running
 * the JDK's own startup code for them (with {@link Target_jdk_internal_util_SystemProps_Raw}'s values) and
 * puts the result here, in the image heap; {@code System}'s startup installs it. The class has no static
 * initializer, so nothing at run time replaces the value.
 */
final class BuildTimeProperties {
    /** Set by the image writer (HostedSystemProperties); the object {@code System.getProperties()} returns. */
    static Properties initial;

    private BuildTimeProperties() {
    }
}

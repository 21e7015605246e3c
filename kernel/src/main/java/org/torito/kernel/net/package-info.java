/**
 * The network stack (virtio-net, IP, TCP behind {@code java.net}); so far only what keeps the JDK's network
 * classes from reaching host natives: name resolution fails with an {@link java.net.UnknownHostException}
 * that says why.
 */
package org.torito.kernel.net;

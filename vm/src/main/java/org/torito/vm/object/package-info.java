/**
 * The object model: header, array and field layout. Defined once here and used by the compiler, the image
 * writer, the runtime and the collector. Runs on host and target.
 */
package org.torito.vm.object;

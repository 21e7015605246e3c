/** Small programs that the integration tests compile into images and boot. */
package org.torito.test.programs;

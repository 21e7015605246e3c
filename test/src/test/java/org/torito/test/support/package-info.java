/**
 * Support for differential test programs: one printing API ({@link org.torito.test.support.Out}) with a
 * HotSpot implementation and a Torito substitution, and the harness that runs programs on both and compares
 * their output ({@link org.torito.test.support.Differential}).
 */
package org.torito.test.support;

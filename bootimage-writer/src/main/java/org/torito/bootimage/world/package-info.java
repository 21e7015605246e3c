/**
 * The closed world of an image: where class files come from ({@link org.torito.bootimage.world.ClassPath})
 * and which methods, statics and strings the image needs, compiled
 * ({@link org.torito.bootimage.world.ClosedWorld}). Host only.
 */
package org.torito.bootimage.world;

/** The main layout, navigation, home screen and error handling. */
@NullMarked
package io.rayonne.shell;

import org.jspecify.annotations.NullMarked;

@NullMarked
package io.rayonne.observatoire.ui;

import org.jspecify.annotations.NullMarked;

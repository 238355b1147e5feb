@NullMarked
package io.rayonne.partners.ui;

import org.jspecify.annotations.NullMarked;

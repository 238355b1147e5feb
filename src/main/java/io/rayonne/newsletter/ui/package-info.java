/** The screens of bulletins: the issues, an issue with its preview, its sending and its figures. */
@NullMarked
package io.rayonne.newsletter.ui;

import org.jspecify.annotations.NullMarked;

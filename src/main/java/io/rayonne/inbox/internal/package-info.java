@NullMarked
package io.rayonne.inbox.internal;

import org.jspecify.annotations.NullMarked;

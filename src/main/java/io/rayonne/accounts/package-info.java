/** Users, roles, offices and networks; who is signed in; security configuration and login. */
@NullMarked
package io.rayonne.accounts;

import org.jspecify.annotations.NullMarked;

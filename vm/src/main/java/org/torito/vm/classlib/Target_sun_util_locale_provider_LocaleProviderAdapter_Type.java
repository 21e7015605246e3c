package org.torito.vm.classlib;

import org.torito.vm.annotation.TargetClass;

/** Names {@code LocaleProviderAdapter.Type} (not exported by java.base) for other substitutions' signatures. */
@TargetClass("sun.util.locale.provider.LocaleProviderAdapter$Type")
final class Target_sun_util_locale_provider_LocaleProviderAdapter_Type {
    private Target_sun_util_locale_provider_LocaleProviderAdapter_Type() {
    }
}

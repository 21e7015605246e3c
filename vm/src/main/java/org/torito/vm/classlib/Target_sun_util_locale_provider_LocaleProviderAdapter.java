package org.torito.vm.classlib;

import java.util.List;
import java.util.Locale;
import java.util.spi.LocaleServiceProvider;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * The JDK's locale service providers (CLDR and the older JRE data, found through resource bundles, service
 * loaders and reflection) are not in Torito images yet. What formatting needs for English is substituted
 * where it is asked for ({@link Target_java_text_DecimalFormatSymbols}); anything that would consult a
 * provider fails here, naming the service and the locale.
 */
@TargetClass("sun.util.locale.provider.LocaleProviderAdapter")
final class Target_sun_util_locale_provider_LocaleProviderAdapter {
    private Target_sun_util_locale_provider_LocaleProviderAdapter() {
    }

    /** The JDK's initializer reads the provider preference property and prepares adapter caches. */
    @Substitute(name = "<clinit>")
    static void initialize() {
    }

    @Substitute
    public static Target_sun_util_locale_provider_LocaleProviderAdapter getAdapter(
            Class<? extends LocaleServiceProvider> providerClass, Locale locale) {
        throw new UnsupportedOperationException(providerClass.getSimpleName() + " for locale "
                + locale.toLanguageTag() + ": locale service providers are not in Torito images yet");
    }

    @Substitute
    public static Target_sun_util_locale_provider_LocaleProviderAdapter forType(
            Target_sun_util_locale_provider_LocaleProviderAdapter_Type type) {
        throw new UnsupportedOperationException("locale service providers are not in Torito images yet");
    }

    @Substitute
    public static Target_sun_util_locale_provider_LocaleProviderAdapter forJRE() {
        throw new UnsupportedOperationException("locale service providers are not in Torito images yet");
    }

    @Substitute
    public static Target_sun_util_locale_provider_LocaleProviderAdapter getResourceBundleBased() {
        throw new UnsupportedOperationException("locale service providers are not in Torito images yet");
    }

    @Substitute
    public static List<Target_sun_util_locale_provider_LocaleProviderAdapter_Type> getAdapterPreference() {
        throw new UnsupportedOperationException("locale service providers are not in Torito images yet");
    }
}

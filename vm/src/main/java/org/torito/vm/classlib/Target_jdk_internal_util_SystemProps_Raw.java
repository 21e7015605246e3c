package org.torito.vm.classlib;

import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * The VM's and the platform's system properties, which the JDK's {@code SystemProps} turns into
 * {@code System.getProperties()} (adding the version properties of the JDK the image was built from). The
 * platform is Torito on amd64: UTF-8 everywhere, Unix separators, English (United States), and no file
 * system yet, so the directories are "/". The set is documented in the README. The image writer runs the
 * JDK's property startup with this substitution at build time ({@code HostedSystemProperties}), so an image
 * starts with the result ({@link BuildTimeProperties}) and does not run this code.
 */
@TargetClass("jdk.internal.util.SystemProps$Raw")
final class Target_jdk_internal_util_SystemProps_Raw {
    /* The indexes of platformProperties, read from the JDK's own constants. */
    @Alias
    private static int _display_country_NDX;
    @Alias
    private static int _display_language_NDX;
    @Alias
    private static int _file_encoding_NDX;
    @Alias
    private static int _file_separator_NDX;
    @Alias
    private static int _format_country_NDX;
    @Alias
    private static int _format_language_NDX;
    @Alias
    private static int _java_io_tmpdir_NDX;
    @Alias
    private static int _line_separator_NDX;
    @Alias
    private static int _os_arch_NDX;
    @Alias
    private static int _os_name_NDX;
    @Alias
    private static int _os_version_NDX;
    @Alias
    private static int _path_separator_NDX;
    @Alias
    private static int _sun_arch_data_model_NDX;
    @Alias
    private static int _sun_cpu_endian_NDX;
    @Alias
    private static int _sun_io_unicode_encoding_NDX;
    @Alias
    private static int _sun_jnu_encoding_NDX;
    @Alias
    private static int _user_dir_NDX;
    @Alias
    private static int _user_home_NDX;
    @Alias
    private static int _user_name_NDX;
    @Alias
    private static int FIXED_LENGTH;

    private Target_jdk_internal_util_SystemProps_Raw() {
    }

    @Substitute
    private static String[] vmProperties() {
        return new String[] {
            "java.home", "/",
            "java.class.path", "",
            "java.library.path", "",
            "java.class.version", "61.0",
            "java.vm.specification.name", "Java Virtual Machine Specification",
            "java.vm.specification.vendor", "Oracle Corporation",
            "java.vm.specification.version", "17",
            "java.vm.name", "Torito",
            "java.vm.vendor", "Torito",
            "java.vm.version", "0.1.0",
            "java.vm.info", "compiled mode",
        };
    }

    @Substitute
    private static String[] platformProperties() {
        String[] p = new String[FIXED_LENGTH];
        p[_display_language_NDX] = "en";
        p[_display_country_NDX] = "US";
        p[_format_language_NDX] = "en";
        p[_format_country_NDX] = "US";
        p[_file_encoding_NDX] = "UTF-8";
        p[_file_separator_NDX] = "/";
        p[_java_io_tmpdir_NDX] = "/tmp";
        p[_line_separator_NDX] = "\n";
        p[_os_arch_NDX] = "amd64";
        p[_os_name_NDX] = "Torito";
        p[_os_version_NDX] = "0.1.0";
        p[_path_separator_NDX] = ":";
        p[_sun_arch_data_model_NDX] = "64";
        p[_sun_cpu_endian_NDX] = "little";
        p[_sun_io_unicode_encoding_NDX] = "UnicodeLittle";
        p[_sun_jnu_encoding_NDX] = "UTF-8";
        p[_user_dir_NDX] = "/";
        p[_user_home_NDX] = "/";
        p[_user_name_NDX] = "torito";
        return p;
    }
}

package org.torito.vm.classlib;

import java.lang.reflect.ReflectPermission;
import java.net.NetPermission;
import java.net.SocketPermission;
import java.security.AllPermission;
import java.security.SecurityPermission;
import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * The JDK's shared permission objects, as its own static initializer makes them, but for the
 * {@code SocketPermission} "localhost:0": making one reaches name resolution ({@code InetAddress}, the boot
 * loader, the module system) from every image, since {@code Thread}'s constructor names these constants.
 * Only a security manager ever checks that permission, and an image never has one
 * ({@code System.setSecurityManager} throws), so the field stays null.
 */
@TargetClass("sun.security.util.SecurityConstants")
final class Target_sun_security_util_SecurityConstants {
    @Alias
    public static AllPermission ALL_PERMISSION;

    @Alias
    public static NetPermission SPECIFY_HANDLER_PERMISSION;

    @Alias
    public static NetPermission SET_PROXYSELECTOR_PERMISSION;

    @Alias
    public static NetPermission GET_PROXYSELECTOR_PERMISSION;

    @Alias
    public static NetPermission SET_COOKIEHANDLER_PERMISSION;

    @Alias
    public static NetPermission GET_COOKIEHANDLER_PERMISSION;

    @Alias
    public static NetPermission SET_RESPONSECACHE_PERMISSION;

    @Alias
    public static NetPermission GET_RESPONSECACHE_PERMISSION;

    @Alias
    public static NetPermission SET_SOCKETIMPL_PERMISSION;

    @Alias
    public static RuntimePermission CREATE_CLASSLOADER_PERMISSION;

    @Alias
    public static RuntimePermission CHECK_MEMBER_ACCESS_PERMISSION;

    @Alias
    public static RuntimePermission MODIFY_THREAD_PERMISSION;

    @Alias
    public static RuntimePermission MODIFY_THREADGROUP_PERMISSION;

    @Alias
    public static RuntimePermission GET_PD_PERMISSION;

    @Alias
    public static RuntimePermission GET_CLASSLOADER_PERMISSION;

    @Alias
    public static RuntimePermission STOP_THREAD_PERMISSION;

    @Alias
    public static RuntimePermission GET_STACK_TRACE_PERMISSION;

    @Alias
    public static RuntimePermission SUBCLASS_IMPLEMENTATION_PERMISSION;

    @Alias
    public static SecurityPermission CREATE_ACC_PERMISSION;

    @Alias
    public static SecurityPermission GET_COMBINER_PERMISSION;

    @Alias
    public static SecurityPermission GET_POLICY_PERMISSION;

    @Alias
    public static SocketPermission LOCAL_LISTEN_PERMISSION;

    @Alias
    public static String PROVIDER_VER;

    @Alias
    public static ReflectPermission ACCESS_PERMISSION;

    @Alias
    public static RuntimePermission REFLECTION_FACTORY_ACCESS_PERMISSION;

    private Target_sun_security_util_SecurityConstants() {
    }

    @Substitute(name = "<clinit>")
    static void initialize() {
        ALL_PERMISSION = new AllPermission();
        SPECIFY_HANDLER_PERMISSION = new NetPermission("specifyStreamHandler");
        SET_PROXYSELECTOR_PERMISSION = new NetPermission("setProxySelector");
        GET_PROXYSELECTOR_PERMISSION = new NetPermission("getProxySelector");
        SET_COOKIEHANDLER_PERMISSION = new NetPermission("setCookieHandler");
        GET_COOKIEHANDLER_PERMISSION = new NetPermission("getCookieHandler");
        SET_RESPONSECACHE_PERMISSION = new NetPermission("setResponseCache");
        GET_RESPONSECACHE_PERMISSION = new NetPermission("getResponseCache");
        SET_SOCKETIMPL_PERMISSION = new NetPermission("setSocketImpl");
        CREATE_CLASSLOADER_PERMISSION = new RuntimePermission("createClassLoader");
        CHECK_MEMBER_ACCESS_PERMISSION = new RuntimePermission("accessDeclaredMembers");
        MODIFY_THREAD_PERMISSION = new RuntimePermission("modifyThread");
        MODIFY_THREADGROUP_PERMISSION = new RuntimePermission("modifyThreadGroup");
        GET_PD_PERMISSION = new RuntimePermission("getProtectionDomain");
        GET_CLASSLOADER_PERMISSION = new RuntimePermission("getClassLoader");
        STOP_THREAD_PERMISSION = new RuntimePermission("stopThread");
        GET_STACK_TRACE_PERMISSION = new RuntimePermission("getStackTrace");
        SUBCLASS_IMPLEMENTATION_PERMISSION = new RuntimePermission("enableContextClassLoaderOverride");
        CREATE_ACC_PERMISSION = new SecurityPermission("createAccessControlContext");
        GET_COMBINER_PERMISSION = new SecurityPermission("getDomainCombiner");
        GET_POLICY_PERMISSION = new SecurityPermission("getPolicy");
        LOCAL_LISTEN_PERMISSION = null; // see the class comment
        PROVIDER_VER = System.getProperty("java.specification.version"); // no security manager: no privileges to assert
        ACCESS_PERMISSION = new ReflectPermission("suppressAccessChecks");
        REFLECTION_FACTORY_ACCESS_PERMISSION = new RuntimePermission("reflectionFactoryAccess");
    }
}

package org.shield.bootstrap;
public final class Launcher { public static void main(String[] a) { } }

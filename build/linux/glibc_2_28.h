/* Forced into every C file of the Python build (gcc -include) so the result runs on glibc 2.28
 * (UOS V20). glibc 2.29 gave exp, exp2, log, log2 and pow new symbol versions (faster code, same
 * signatures); binaries linked against a newer glibc ask for those versions and then refuse to
 * load on 2.28. The 2.2.5 versions are still in every glibc, so bind to them instead. */
#ifndef GLIBC_2_28_H
#define GLIBC_2_28_H
#if defined(__x86_64__)
__asm__(".symver exp,exp@GLIBC_2.2.5");
__asm__(".symver exp2,exp2@GLIBC_2.2.5");
__asm__(".symver log,log@GLIBC_2.2.5");
__asm__(".symver log2,log2@GLIBC_2.2.5");
__asm__(".symver pow,pow@GLIBC_2.2.5");
#elif defined(__aarch64__)
__asm__(".symver exp,exp@GLIBC_2.17");
__asm__(".symver exp2,exp2@GLIBC_2.17");
__asm__(".symver log,log@GLIBC_2.17");
__asm__(".symver log2,log2@GLIBC_2.17");
__asm__(".symver pow,pow@GLIBC_2.17");
#endif
#endif

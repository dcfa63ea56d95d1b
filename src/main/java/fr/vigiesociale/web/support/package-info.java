/**
 * What every part of the web application shares and that depends on none of them: the language of a
 * request, the error page's model, the PDF rendering of a page.
 */
package fr.vigiesociale.web.support;

<?php
/**
 * Router for PHP's built-in server in front of a test site's WordPress core (tests only). Each site keeps its
 * wp-content outside the core (Debian's core is read-only, and the package cores are shared by every run), so
 * /wp-content/ URLs are served from the site's own folder; PHP files run as Apache would run them; anything
 * else is WordPress's front controller.
 */

$_SERVER['WORDPRESS_CONFIG'] = getenv( 'CALF_CHECK_WP_CONFIG' );
$root    = realpath( getenv( 'CALF_CHECK_WP_ROOT' ) );
$content = getenv( 'CALF_CHECK_WP_CONTENT' );
$path    = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );

if ( 0 === strpos( $path, '/wp-content/' ) ) {
	$file = realpath( $content . substr( $path, strlen( '/wp-content' ) ) );
	// Themes are symlinks into the core's own wp-content; nothing outside the two is served.
	$inside = $file && ( 0 === strpos( $file, realpath( $content ) . '/' ) || 0 === strpos( $file, $root . '/wp-content/' ) );
	if ( ! $inside || ! is_file( $file ) || '.php' === substr( $file, -4 ) ) {
		http_response_code( 404 );
		return true;
	}
	$types = array(
		'js'    => 'text/javascript',
		'map'   => 'application/json',
		'json'  => 'application/json',
		'css'   => 'text/css',
		'svg'   => 'image/svg+xml',
		'png'   => 'image/png',
		'jpg'   => 'image/jpeg',
		'woff2' => 'font/woff2',
	);
	$extension = strtolower( pathinfo( $file, PATHINFO_EXTENSION ) );
	header( 'Content-Type: ' . ( isset( $types[ $extension ] ) ? $types[ $extension ] : 'application/octet-stream' ) );
	readfile( $file );
	return true;
}

$file = $root . $path;
if ( is_dir( $file ) ) {
	$path = rtrim( $path, '/' ) . '/index.php';
	$file = $root . $path;
}
if ( ! is_file( $file ) ) {
	$path = '/index.php';
	$file = $root . $path;
}
if ( '.php' !== substr( $file, -4 ) ) {
	return false; // A static file of WordPress's own: the server sends it.
}
$_SERVER['SCRIPT_NAME']     = $path;
$_SERVER['PHP_SELF']        = $path;
$_SERVER['SCRIPT_FILENAME'] = $file;
chdir( dirname( $file ) );
require $file;

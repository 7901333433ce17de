<?php
/**
 * Deleting the plugin removes what it stored: the clinic's defaults and any refused values waiting to be shown.
 *
 * @package calf-check
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'calf_check_defaults' );
global $wpdb;
$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s", '_transient_calf_check_refused_%', '_transient_timeout_calf_check_refused_%' ) );

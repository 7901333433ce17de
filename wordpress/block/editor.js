/*
 * The calf-check block in the editor: a sidebar control for each of the element's options (the list comes from
 * the plugin's PHP, calfCheckFields) and, as the preview, the block rendered by the server, the same HTML the
 * published post gets, which the widget (loaded for the editor as the classic build) then brings to life.
 * Plain script on WordPress's own globals, so the plugin needs no build step for it.
 */
(function (blocks, element, blockEditor, components, ServerSideRender, i18n) {
  const el = element.createElement;
  const __ = i18n.__;
  const fields = window.calfCheckFields || [];

  function control(field, attributes, setAttributes) {
    const props = {
      key: field.name,
      label: field.label,
      help: field.help,
      value: attributes[field.name] || '',
      onChange: (value) => setAttributes({ [field.name]: value }),
    };
    if (!field.choices) return el(components.TextControl, props);
    const options = Object.entries(field.choices).map(([value, label]) => ({ value, label }));
    return el(components.SelectControl, { ...props, options: [{ value: '', label: __('Default', 'calf-check') }].concat(options) });
  }

  blocks.registerBlockType('calf-check/calf-check', {
    edit({ attributes, setAttributes }) {
      return el(
        'div',
        blockEditor.useBlockProps(),
        el(
          blockEditor.InspectorControls,
          null,
          el(
            components.PanelBody,
            { title: __('Widget options', 'calf-check') },
            el('p', null, __('Empty options use the defaults under Settings → calf-check.', 'calf-check')),
            fields.map((field) => control(field, attributes, setAttributes)),
          ),
        ),
        el(ServerSideRender, { block: 'calf-check/calf-check', attributes }),
      );
    },
    // Rendered on the server (render.php): the post stores only the block's comment and its options.
    save: () => null,
  });
})(wp.blocks, wp.element, wp.blockEditor, wp.components, wp.serverSideRender, wp.i18n);

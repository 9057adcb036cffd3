-- Drives a headless Neovim against `lintkit lsp` as a writer would: wait for the
-- diagnostics, apply the quick fix, type a new flagged line, disable the rule on
-- it. Everything observed goes to the JSON file named by $LINTKIT_NVIM_RESULTS;
-- the Python test judges it. Runs on Neovim 0.7 and later.
local results = { nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch) }
local buf = vim.api.nvim_get_current_buf()
local TIMEOUT = 60000

local function lintkit_client()
  local clients = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = buf }) or vim.lsp.buf_get_clients(buf)
  for _, client in pairs(clients) do
    if client.name == 'lintkit' then
      return client
    end
  end
end

local function diagnostics()
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.source == 'lintkit' then
      table.insert(found, { code = d.code, line = d.lnum, col = d.col, end_line = d.end_lnum, end_col = d.end_col })
    end
  end
  table.sort(found, function(a, b)
    return a.line < b.line or (a.line == b.line and a.col < b.col)
  end)
  return found
end

local function wait_for(what, predicate)
  if not vim.wait(TIMEOUT, predicate, 50) then
    error('timed out waiting for ' .. what)
  end
end

local function on_line(line)
  for _, d in ipairs(diagnostics()) do
    if d.line == line then
      return d
    end
  end
end

-- Choose the code action whose title starts with `prefix`, as a writer picks it from the menu.
local function apply_action(line, prefix)
  local d = on_line(line)
  vim.api.nvim_win_set_cursor(0, { line + 1, d.col })
  local chosen = nil
  vim.ui.select = function(items, _, on_choice)
    for index, item in ipairs(items) do
      local action = item.action or item[2] -- {action=, ctx=} from 0.10, {client_id, action} before
      if action.title:sub(1, #prefix) == prefix then
        chosen = action
        return on_choice(item, index)
      end
    end
    on_choice(nil, nil)
  end
  local before = vim.api.nvim_buf_get_lines(buf, line, line + 1, true)[1]
  vim.lsp.buf.code_action()
  wait_for(prefix .. ' to change line ' .. line, function()
    return vim.api.nvim_buf_get_lines(buf, line, line + 1, true)[1] ~= before
  end)
  return chosen
end

local ok, err = pcall(function()
  wait_for('the lintkit client', function() return lintkit_client() ~= nil end)
  wait_for('diagnostics', function() return #diagnostics() > 0 end)
  results.encoding = lintkit_client().offset_encoding
  results.opened = diagnostics()

  local flagged = results.opened[#results.opened].line
  results.fix = apply_action(flagged, 'Rewrite')
  results.fixed_line = vim.api.nvim_buf_get_lines(buf, flagged, flagged + 1, true)[1]
  wait_for('the fixed line to be clean', function() return on_line(flagged) == nil end)
  results.after_fix = diagnostics()

  local typed = vim.api.nvim_buf_line_count(buf)
  vim.api.nvim_buf_set_lines(buf, typed, typed, true, { 'We need leaders, not managers.' })
  wait_for('a diagnostic on the typed line', function() return on_line(typed) ~= nil end)
  results.after_typing = diagnostics()

  results.disable = apply_action(typed, 'Disable')
  results.disabled_line = vim.api.nvim_buf_get_lines(buf, typed, typed + 1, true)[1]
  wait_for('the disabled line to be clean', function() return on_line(typed) == nil end)
  results.after_disable = diagnostics()
  results.text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, true), '\n') .. '\n'
end)
if not ok then
  results.error = tostring(err)
end
results.messages = vim.api.nvim_exec('messages', true)
vim.fn.writefile({ vim.json.encode(results) }, vim.env.LINTKIT_NVIM_RESULTS)
vim.cmd('qa!')

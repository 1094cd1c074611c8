-- wrk script for bench/load.sh: the threads take the URL list given after `--` in turns (with
-- two threads, the first takes the 1st, 3rd, 5th... URL and the second the 2nd, 4th...), so
-- that no page is requested twice before the whole list has been: with more URLs than the run
-- makes requests, every request is a page seen for the first time and a cache of whole pages
-- cannot answer it. The number of threads follows the list's name after `--`.
local paths = {}
local position = 0
local stride = 1
local threads = 0

function setup(thread)
  thread:set("number", threads)
  threads = threads + 1
end

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  stride = tonumber(args[2]) or 1
  position = (number or 0) - stride
end

function request()
  position = position + stride
  return wrk.format("GET", paths[position % #paths + 1])
end
